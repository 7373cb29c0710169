package io.strongroom.domain.policy;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A parsed and validated JSON policy: a key policy (statements name a Principal) or an identity
 * policy attached to a user (statements must not). Anything the evaluator could misread is
 * refused with MalformedPolicyDocumentException naming the problem.
 */
public record PolicyDocument(String text, List<PolicyStatement> statements) {

    public enum Kind { KEY_POLICY, IDENTITY_POLICY }

    public static final int MAX_LENGTH = 131072;
    /** Looked up once: Json.createReader scans the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final Set<String> VERSIONS = Set.of("2012-10-17", "2008-10-17");
    private static final Set<String> TOP_LEVEL = Set.of("Version", "Id", "Statement");
    private static final Set<String> STATEMENT_MEMBERS = Set.of("Sid", "Effect", "Principal", "NotPrincipal",
            "Action", "NotAction", "Resource", "NotResource", "Condition");
    private static final Pattern ACTION = Pattern.compile("\\*|[A-Za-z0-9-]+:[A-Za-z0-9*?]+");
    private static final Pattern PRINCIPAL = Pattern.compile("\\*|\\d{12}|arn:aws:iam::\\d{12}:(root|(user|role)/[\\w+=,.@/-]+)");

    public static PolicyDocument parse(String text, Kind kind) {
        if (text == null || text.isEmpty()) {
            throw PolicyException.malformed("The policy document is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw PolicyException.malformed("The policy document is longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                throw PolicyException.malformed("The policy document contains a control character at position " + i);
            }
        }
        JsonObject root;
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException notJson) {
            throw PolicyException.malformed("The policy document is not a valid JSON object");
        }
        unknownMembers(root, TOP_LEVEL, "policy");
        if (root.containsKey("Version") && !VERSIONS.contains(string(root.get("Version"), "Version"))) {
            throw PolicyException.malformed("Unsupported policy Version: " + root.get("Version"));
        }
        JsonValue statementValue = root.get("Statement");
        if (statementValue == null) {
            throw PolicyException.malformed("The policy document has no Statement");
        }
        List<JsonValue> raw = statementValue instanceof JsonArray array ? array : List.of(statementValue);
        if (raw.isEmpty()) {
            throw PolicyException.malformed("The policy Statement list is empty");
        }
        List<PolicyStatement> statements = new ArrayList<>();
        for (JsonValue value : raw) {
            if (!(value instanceof JsonObject statement)) {
                throw PolicyException.malformed("Each Statement must be a JSON object");
            }
            statements.add(statement(statement, kind));
        }
        return new PolicyDocument(text, List.copyOf(statements));
    }

    private static PolicyStatement statement(JsonObject json, Kind kind) {
        unknownMembers(json, STATEMENT_MEMBERS, "Statement");
        String sid = json.containsKey("Sid") ? string(json.get("Sid"), "Sid") : null;
        String effect = json.containsKey("Effect") ? string(json.get("Effect"), "Effect") : null;
        if (!"Allow".equals(effect) && !"Deny".equals(effect)) {
            throw PolicyException.malformed("Statement" + named(sid) + " must have Effect Allow or Deny");
        }
        boolean notPrincipal = json.containsKey("NotPrincipal");
        List<String> principals = null;
        if (kind == Kind.KEY_POLICY) {
            principals = principals(only(json, "Principal", "NotPrincipal", sid), sid);
        } else if (json.containsKey("Principal") || notPrincipal) {
            throw PolicyException.malformed("Statement" + named(sid) + " of an identity policy must not name a Principal");
        }
        boolean notAction = json.containsKey("NotAction");
        List<String> actions = strings(only(json, "Action", "NotAction", sid), notAction ? "NotAction" : "Action");
        for (String action : actions) {
            if (!ACTION.matcher(action).matches()) {
                throw PolicyException.malformed("Statement" + named(sid) + " has an invalid action: " + action);
            }
        }
        boolean notResource = json.containsKey("NotResource");
        List<String> resources = strings(only(json, "Resource", "NotResource", sid), notResource ? "NotResource" : "Resource");
        return new PolicyStatement(sid, "Allow".equals(effect), principals, notPrincipal, actions, notAction,
                resources, notResource, conditions(json.get("Condition"), sid));
    }

    /** Exactly one of a member and its Not- form. */
    private static JsonValue only(JsonObject json, String member, String notMember, String sid) {
        if (json.containsKey(member) == json.containsKey(notMember)) {
            throw PolicyException.malformed("Statement" + named(sid) + " must have exactly one of " + member
                    + " and " + notMember);
        }
        return json.containsKey(member) ? json.get(member) : json.get(notMember);
    }

    private static List<String> principals(JsonValue value, String sid) {
        List<String> principals;
        if (value instanceof JsonString star && "*".equals(star.getString())) {
            principals = List.of("*");
        } else if (value instanceof JsonObject object && object.size() == 1 && object.containsKey("AWS")) {
            principals = strings(object.get("AWS"), "Principal.AWS");
        } else {
            throw PolicyException.malformed("Statement" + named(sid) + " has an invalid Principal: expected \"*\" or {\"AWS\": ...}");
        }
        for (String principal : principals) {
            if (!PRINCIPAL.matcher(principal).matches()) {
                throw PolicyException.malformed("Statement" + named(sid) + " has an invalid principal: " + principal);
            }
        }
        return principals;
    }

    private static List<PolicyStatement.Condition> conditions(JsonValue value, String sid) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof JsonObject operators)) {
            throw PolicyException.malformed("Statement" + named(sid) + " has a Condition that is not a JSON object");
        }
        List<PolicyStatement.Condition> conditions = new ArrayList<>();
        for (Map.Entry<String, JsonValue> operatorEntry : operators.entrySet()) {
            ConditionOperator operator = ConditionOperator.parse(operatorEntry.getKey());
            if (!(operatorEntry.getValue() instanceof JsonObject keys) || keys.isEmpty()) {
                throw PolicyException.malformed("Condition operator " + operatorEntry.getKey()
                        + " must map condition keys to values");
            }
            for (Map.Entry<String, JsonValue> keyEntry : keys.entrySet()) {
                List<String> values = strings(keyEntry.getValue(), "Condition " + keyEntry.getKey());
                values.forEach(operator::validateValue);
                conditions.add(new PolicyStatement.Condition(operator, keyEntry.getKey(), values));
            }
        }
        return List.copyOf(conditions);
    }

    /** A string, number or boolean, or a non-empty array of them, as strings. */
    private static List<String> strings(JsonValue value, String member) {
        List<JsonValue> items = value instanceof JsonArray array ? array : List.of(value);
        if (items.isEmpty()) {
            throw PolicyException.malformed(member + " must not be an empty list");
        }
        List<String> out = new ArrayList<>();
        for (JsonValue item : items) {
            out.add(scalar(item, member));
        }
        return List.copyOf(out);
    }

    private static String scalar(JsonValue value, String member) {
        if (value instanceof JsonString text) {
            return text.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.toString();
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value.toString();
        }
        throw PolicyException.malformed(member + " must be a string or a list of strings");
    }

    private static String string(JsonValue value, String member) {
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw PolicyException.malformed(member + " must be a string");
    }

    private static void unknownMembers(JsonObject json, Set<String> allowed, String where) {
        for (String member : json.keySet()) {
            if (!allowed.contains(member)) {
                throw PolicyException.malformed("Unknown member '" + member + "' in " + where);
            }
        }
    }

    private static String named(String sid) {
        return sid == null ? "" : " '" + sid + "'";
    }
}
