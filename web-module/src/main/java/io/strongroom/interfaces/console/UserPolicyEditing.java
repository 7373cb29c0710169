package io.strongroom.interfaces.console;

import io.strongroom.application.IamService;
import io.strongroom.client.KmsException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The inline-policy editor of the user panel: open a policy (or a new one), edit its JSON, save
 * or delete it. The grammar is the service's: a MalformedPolicyDocumentException naming the
 * problem shows as a message and the editor keeps what the user typed.
 */
@Named
@ViewScoped
public class UserPolicyEditing implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What a new policy starts from: valid, and narrow enough to be a safe default. */
    static final String NEW_POLICY = """
            {
              "Version": "2012-10-17",
              "Statement": [ {
                "Effect": "Allow",
                "Action": [ "kms:DescribeKey", "kms:ListKeys", "kms:ListAliases" ],
                "Resource": "*"
              } ]
            }""";

    @Inject
    IamService iam;

    @Inject
    UserDetail detail;

    @Inject
    ConsoleCaller caller;

    private boolean editing;
    private boolean existing;
    private String policyName;
    private String document;

    public void newPolicy() {
        editing = true;
        existing = false;
        policyName = null;
        document = NEW_POLICY;
    }

    public void edit(String name) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            document = iam.getUserPolicy(caller.newCall(), userName(), name);
            policyName = name;
            editing = true;
            existing = true;
        } catch (KmsException e) {
            ConsoleMessages.show(context, e);
        }
    }

    public void save() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            iam.putUserPolicy(caller.newCall(), userName(), policyName, document);
            ConsoleMessages.info(context, "Policy saved", policyName);
            existing = true;
            detail.reload();
        } catch (KmsException e) {
            ConsoleMessages.show(context, e);
        }
    }

    public void delete(String name) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            iam.deleteUserPolicy(caller.newCall(), userName(), name);
            ConsoleMessages.info(context, "Policy deleted", name);
            if (name.equals(policyName)) {
                close();
            }
            detail.reload();
        } catch (KmsException e) {
            ConsoleMessages.show(context, e);
        }
    }

    /** Closes the editor, dropping unsaved edits. */
    public void close() {
        editing = false;
        existing = false;
        policyName = null;
        document = null;
    }

    private String userName() {
        return detail.getUser().userName();
    }

    public boolean isEditing() {
        return editing;
    }

    /** A stored policy keeps its name; only a new one gets named in the editor. */
    public boolean isExisting() {
        return existing;
    }

    public String getPolicyName() {
        return policyName;
    }

    public void setPolicyName(String policyName) {
        this.policyName = policyName;
    }

    public String getDocument() {
        return document;
    }

    public void setDocument(String document) {
        this.document = document;
    }
}
