package io.strongroom.interfaces.console;

import io.strongroom.application.KeyImportService;
import io.strongroom.client.GetParametersForImportRequest;
import io.strongroom.client.ImportKeyMaterialRequest;
import io.strongroom.client.ImportParameters;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.KeySpec;
import io.strongroom.infrastructure.crypto.imports.ImportedMaterialValidator;
import io.strongroom.infrastructure.crypto.imports.WrappingAlgorithm;
import io.strongroom.infrastructure.crypto.imports.WrappingKeySpec;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The key page's import wizard for keys of origin EXTERNAL: choose how the material will be wrapped,
 * fetch the wrapping public key and import token as files together with the matching openssl
 * commands, then upload the wrapped material and the token. The parameters (public, not secret)
 * live in this view only until the import succeeds or the operator starts over; the rules are
 * {@link KeyImportService}'s, and its refusals show as messages with the key left as it was.
 */
@Named
@ViewScoped
public class ImportWizard implements Serializable {
    private static final long serialVersionUID = 1L;

    /** KMS-SPEC §2.4: ImportToken and EncryptedKeyMaterial are at most 6144 bytes. */
    public static final int MAX_UPLOAD_BYTES = 6144;

    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
            .withZone(ZoneOffset.UTC);

    @Inject
    KeyImportService imports;

    @Inject
    KeyDetail detail;

    @Inject
    ConsoleCaller caller;

    private String wrappingAlgorithm;
    private String wrappingKeySpec = WrappingKeySpec.RSA_4096.name();
    private ImportParameters parameters;
    private String fileStem;
    private List<OpensslRecipe.Step> recipe = List.of();
    private byte[] encryptedMaterial;
    private String encryptedMaterialName;
    private byte[] importToken;
    private String importTokenName;
    private boolean expires;
    private LocalDateTime validTo;

    /** The wrapping algorithms the key's material may arrive under (ImportedMaterialValidator). */
    public List<String> getAlgorithms() {
        KeySpec spec = keySpec();
        return Arrays.stream(WrappingAlgorithm.values())
                .filter(a -> ImportedMaterialValidator.allows(spec, a)).map(Enum::name).toList();
    }

    public List<String> getWrappingKeySpecs() {
        return Arrays.stream(WrappingKeySpec.values()).filter(WrappingKeySpec::isOffered).map(Enum::name).toList();
    }

    /** Step 1: GetParametersForImport for the chosen algorithm and wrapping key size. */
    public void fetchParameters() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            ImportParameters fetched = imports.getParametersForImport(caller.newCall(),
                    new GetParametersForImportRequest(keyId(), wrappingAlgorithm, wrappingKeySpec));
            clear();
            parameters = fetched;
            // Each parameter set gets file names of its own, so a second download does not become "… (1).der".
            fileStem = keyId().substring(0, 8) + "-" + FILE_STAMP.format(fetched.parametersValidTo());
            recipe = OpensslRecipe.steps(keySpec(), WrappingAlgorithm.valueOf(wrappingAlgorithm), getPublicKeyDerName());
        } catch (KmsException e) {
            show(context, e);
        }
    }

    /** Step 2: the commands for the chosen algorithm and the key's material type. */
    public List<OpensslRecipe.Step> getRecipe() {
        return recipe;
    }

    public StreamedContent downloadPublicKeyDer() {
        return download(getPublicKeyDerName(), "application/pkix-spki", parameters.publicKey());
    }

    public StreamedContent downloadPublicKeyPem() {
        return download(getPublicKeyPemName(), "application/x-pem-file",
                PublicKeyPem.format(parameters.publicKey()).getBytes(StandardCharsets.US_ASCII));
    }

    public StreamedContent downloadImportToken() {
        return download(getImportTokenName(), "application/octet-stream", parameters.importToken());
    }

    private static StreamedContent download(String name, String type, byte[] content) {
        byte[] copy = content.clone();
        return DefaultStreamedContent.builder().name(name).contentType(type).contentLength((long) copy.length)
                .stream(() -> new ByteArrayInputStream(copy)).build();
    }

    /** Step 3: the wrapped material file. */
    public void uploadEncryptedMaterial(FileUploadEvent event) {
        byte[] content = accepted(event.getFile(), "EncryptedKeyMaterial");
        if (content != null) {
            encryptedMaterial = content;
            encryptedMaterialName = event.getFile().getFileName();
        }
    }

    /** Step 3: the import token file that came with the public key the material was wrapped under. */
    public void uploadImportToken(FileUploadEvent event) {
        byte[] content = accepted(event.getFile(), "ImportToken");
        if (content != null) {
            importToken = content;
            importTokenName = event.getFile().getFileName();
        }
    }

    private static byte[] accepted(UploadedFile file, String field) {
        byte[] content = file.getContent();
        if (content.length == 0 || content.length > MAX_UPLOAD_BYTES) {
            show(FacesContext.getCurrentInstance(), KmsException.validation(field,
                    "The file " + file.getFileName() + " has " + content.length + " bytes; it must have 1 to "
                            + MAX_UPLOAD_BYTES));
            return null;
        }
        return content;
    }

    /**
     * Step 3: ImportKeyMaterial. Success closes the wizard and loads the page again (a redirect), so
     * everything that depends on the material (state, expiry, its banner, the actions) is read afresh.
     */
    public String importMaterial() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (encryptedMaterial == null || importToken == null) {
            show(context, KmsException.validation(encryptedMaterial == null ? "EncryptedKeyMaterial" : "ImportToken",
                    "Upload the " + (encryptedMaterial == null ? "wrapped key material" : "import token") + " file first"));
            return null;
        }
        ImportKeyMaterialRequest request = new ImportKeyMaterialRequest(keyId(), importToken, encryptedMaterial,
                expires && validTo != null ? validTo.toInstant(ZoneOffset.UTC) : null,
                expires ? "KEY_MATERIAL_EXPIRES" : "KEY_MATERIAL_DOES_NOT_EXPIRE");
        try {
            imports.importKeyMaterial(caller.newCall(), request);
        } catch (KmsException e) {
            show(context, e);
            return null;
        }
        clear();
        return reloaded(context, "Key material imported");
    }

    /** Leaves the wizard: the parameters and uploads are dropped. */
    public void startOver() {
        clear();
    }

    /** DeleteImportedKeyMaterial: the key goes back to PendingImport; the page is loaded again. */
    public String deleteMaterial() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            imports.deleteImportedKeyMaterial(caller.newCall(), keyId());
        } catch (KmsException e) {
            show(context, e);
            return null;
        }
        return reloaded(context, "Imported key material deleted");
    }

    private String reloaded(FacesContext context, String done) {
        ConsoleMessages.info(context, done, keyId());
        context.getExternalContext().getFlash().setKeepMessages(true);
        return "/key?faces-redirect=true&keyId=" + keyId();
    }

    private void clear() {
        parameters = null;
        fileStem = null;
        recipe = List.of();
        encryptedMaterial = null;
        encryptedMaterialName = null;
        importToken = null;
        importTokenName = null;
        expires = false;
        validTo = null;
    }

    /** The service's message, preceded by what the error means for the operator and what to do. */
    private static void show(FacesContext context, KmsException e) {
        String advice = advice(e.error());
        if (advice != null) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, advice, null));
        }
        ConsoleMessages.show(context, e);
    }

    /** Plain words for the import errors of KMS-SPEC §2.4, or null where the service's message says it all. */
    static String advice(KmsError error) {
        return switch (error) {
            case IncorrectKeyMaterialException -> "The key material was not accepted: a key takes only the material "
                    + "it was first given, of the right length or format for its key spec.";
            case InvalidCiphertextException -> "The wrapped key material could not be unwrapped: check that it was "
                    + "wrapped with the chosen algorithm under the public key downloaded with this token.";
            case ExpiredImportTokenException -> "The import token has expired: start over to get new parameters and "
                    + "wrap the material again.";
            case InvalidImportTokenException -> "The import token is not valid for this key: upload the token "
                    + "downloaded together with the public key, or start over.";
            default -> null;
        };
    }

    private KeySpec keySpec() {
        return KeySpec.valueOf(detail.getKey().keySpec());
    }

    private String keyId() {
        return detail.getKey().keyId();
    }

    public boolean isOpen() {
        return parameters != null;
    }

    public ImportParameters getParameters() {
        return parameters;
    }

    public String getPublicKeyDerName() {
        return "WrappingPublicKey-" + fileStem + ".der";
    }

    public String getPublicKeyPemName() {
        return "WrappingPublicKey-" + fileStem + ".pem";
    }

    public String getImportTokenName() {
        return "ImportToken-" + fileStem + ".bin";
    }

    public String getEncryptedMaterialName() {
        return encryptedMaterialName;
    }

    public String getUploadedImportTokenName() {
        return importTokenName;
    }

    public int getMaxUploadBytes() {
        return MAX_UPLOAD_BYTES;
    }

    public String getWrappingAlgorithm() {
        return wrappingAlgorithm;
    }

    public void setWrappingAlgorithm(String wrappingAlgorithm) {
        this.wrappingAlgorithm = wrappingAlgorithm;
    }

    public String getWrappingKeySpec() {
        return wrappingKeySpec;
    }

    public void setWrappingKeySpec(String wrappingKeySpec) {
        this.wrappingKeySpec = wrappingKeySpec;
    }

    public boolean isExpires() {
        return expires;
    }

    public void setExpires(boolean expires) {
        this.expires = expires;
    }

    public LocalDateTime getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDateTime validTo) {
        this.validTo = validTo;
    }
}
