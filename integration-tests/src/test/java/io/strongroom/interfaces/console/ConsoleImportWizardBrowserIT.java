package io.strongroom.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.it.ConsoleBrowser;
import io.strongroom.it.KmsClients;
import io.strongroom.it.OpensslKeyMaterial;
import io.strongroom.it.RegionTest;
import io.strongroom.it.TestRegion;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.ExpirationModelType;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.OriginType;

/**
 * The key page's import wizard in headless Chromium, as an operator bringing their own key: for a
 * symmetric key of origin EXTERNAL, fetch RSAES_OAEP_SHA_256 parameters under an RSA_3072 wrapping
 * key, download the public key and the token, wrap 32 random bytes with the openssl CLI, upload the
 * result with an expiry, and use the key through the AWS SDK. Then the refusals an operator meets:
 * different material is refused in plain words with the key unchanged; the same material again
 * moves the expiry (and the page warns of it); deleting the material behind a confirmation sends
 * the key back to PendingImport. Every change is checked through DescribeKey as well.
 */
@RegionTest
@Order(5)
class ConsoleImportWizardBrowserIT {

    /** How the console shows instants (InstantConverter). */
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** What the wizard's date picker takes, read as UTC. */
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final String ALGORITHM = "RSAES_OAEP_SHA_256";

    private ConsoleBrowser console;
    private KmsClient kms;
    private OpensslKeyMaterial openssl;
    private Path work;

    @BeforeEach
    void open(URI region) throws IOException {
        console = ConsoleBrowser.signedInAsAdmin(region, "import-wizard");
        kms = KmsClients.sdk(region);
        work = Files.createTempDirectory(TestRegion.workDirectory(), "import-wizard-");
        openssl = new OpensslKeyMaterial(work);
    }

    @AfterEach
    void close() {
        kms.close();
        console.close();
    }

    @Test
    void operatorImportsWrappedMaterialThroughTheWizardAndDeletesIt() throws Exception {
        String keyId = kms.createKey(r -> r.origin(OriginType.EXTERNAL).description("it-import-wizard-" + UUID.randomUUID()))
                .keyMetadata().keyId();
        console.go("key.xhtml?keyId=" + keyId);
        console.waitForText(By.id("keyState"), "PendingImport");
        assertTrue(console.driver().findElements(By.id("actions:deleteMaterial")).isEmpty(), "delete offered without material");

        // Symmetric material travels under RSAES_OAEP_* only.
        openTab("Import key material");
        assertEquals(List.of("RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256"), radioValues("tabs:importStart:algorithm"));
        assertEquals(List.of("RSA_2048", "RSA_3072", "RSA_4096"), radioValues("tabs:importStart:wrappingKeySpec"));

        Parameters first = fetchParameters();
        checkCommands(first);
        checkPemIsTheDerKey(first);

        byte[] material = OpensslKeyMaterial.randomBytes(32);
        Instant validTo = inMinutes(Duration.ofDays(10));
        upload(first, material);
        expireAt(validTo);
        clickPastGrowl("tabs:importUpload:import");
        console.waitForText(By.cssSelector(".ui-growl-message"), "Key material imported");
        console.waitForText(By.id("keyState"), "Enabled");

        KeyMetadata imported = describe(keyId);
        assertEquals(KeyState.ENABLED, imported.keyState());
        assertEquals(validTo, imported.validTo());
        assertEquals(ExpirationModelType.KEY_MATERIAL_EXPIRES, imported.expirationModel());
        openTab("General configuration");
        assertEquals(SHOWN.format(validTo), console.visible(By.id("tabs:validTo")).getText().strip());
        assertEquals("KEY_MATERIAL_EXPIRES", console.visible(By.id("tabs:expirationModel")).getText().strip());
        // Ten days is outside the warning window (7 days by default): no banner yet.
        assertTrue(console.driver().findElements(By.id("expiryWarning")).isEmpty(), "expiry warning shown 10 days ahead");
        encryptAndDecrypt(keyId);

        // Different material under fresh parameters: refused in plain words, the key as it was.
        openTab("Import key material");
        Parameters second = fetchParameters();
        upload(second, OpensslKeyMaterial.randomBytes(32));
        clickPastGrowl("tabs:importUpload:import");
        String error = console.errorMessages();
        assertTrue(error.contains("IncorrectKeyMaterialException") && error.contains("The key material was not accepted"),
                error);
        assertEquals(imported, describe(keyId));
        assertEquals("Enabled", console.driver().findElement(By.id("keyState")).getText().strip());

        // The same material again, expiring sooner: accepted, and now inside the warning window.
        clickPastGrowl("tabs:importStart:startOver");
        console.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("tabs:importUpload:import")));
        Parameters third = fetchParameters();
        Instant sooner = inMinutes(Duration.ofDays(2));
        upload(third, material);
        expireAt(sooner);
        clickPastGrowl("tabs:importUpload:import");
        console.waitForText(By.cssSelector(".ui-growl-message"), "Key material imported");
        console.waitForText(By.id("expiryWarning"), "The imported key material expires in 1 day");
        assertEquals(SHOWN.format(sooner), console.visible(By.id("expiryValidTo")).getText().strip());
        assertEquals(sooner, describe(keyId).validTo());
        encryptAndDecrypt(keyId);

        deleteMaterial(keyId);
    }

    /** The files of one parameter set as downloaded by the browser. */
    private record Parameters(Path publicKeyDer, Path publicKeyPem, Path importToken) {
    }

    /** Step 1 with RSAES_OAEP_SHA_256 / RSA_3072, then step 2's three downloads. */
    private Parameters fetchParameters() {
        chooseRadio("tabs:importStart:algorithm", ALGORITHM);
        chooseRadio("tabs:importStart:wrappingKeySpec", "RSA_3072");
        clickPastGrowl("tabs:importStart:fetch");
        console.visible(By.id("tabs:importFiles:publicKeyDer"));
        return new Parameters(download("tabs:importFiles:publicKeyDer"), download("tabs:importFiles:publicKeyPem"),
                download("tabs:importFiles:importToken"));
    }

    /** Clicks a download button; the file's name is the button's title. */
    private Path download(String button) {
        String name = console.visible(By.id(button)).getAttribute("title");
        clickPastGrowl(button);
        Path file = console.downloads().resolve(name);
        // Chromium writes to a .crdownload file and renames it when complete.
        console.waiting().until(driver -> file.toFile().length() > 0);
        return file;
    }

    /** The shown commands: 32 random bytes, encrypted with OAEP SHA-256 under the downloaded DER file. */
    private void checkCommands(Parameters parameters) {
        assertEquals("openssl rand -out PlaintextKeyMaterial.bin 32", console.visible(By.id("command0")).getText().strip());
        String wrap = console.visible(By.id("command1")).getText();
        assertTrue(wrap.contains("openssl pkeyutl -encrypt -in PlaintextKeyMaterial.bin -out EncryptedKeyMaterial.bin")
                && wrap.contains("-inkey " + parameters.publicKeyDer().getFileName() + " -keyform DER -pubin")
                && wrap.contains("-pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:sha256 -pkeyopt rsa_mgf1_md:sha256"),
                wrap);
    }

    /** The PEM file holds the DER key; it is a 3072-bit RSA public key. */
    private static void checkPemIsTheDerKey(Parameters parameters) throws Exception {
        byte[] der = Files.readAllBytes(parameters.publicKeyDer());
        String pem = Files.readString(parameters.publicKeyPem(), StandardCharsets.US_ASCII);
        assertTrue(pem.startsWith("-----BEGIN PUBLIC KEY-----\n") && pem.endsWith("-----END PUBLIC KEY-----\n"), pem);
        byte[] fromPem = Base64.getMimeDecoder().decode(pem.replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", ""));
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        PublicKey derKey = rsa.generatePublic(new X509EncodedKeySpec(der));
        assertEquals(derKey, rsa.generatePublic(new X509EncodedKeySpec(fromPem)));
        assertArrayEquals(der, fromPem);
        assertEquals(3072, ((RSAPublicKey) derKey).getModulus().bitLength());
    }

    /** Wraps the material with openssl under the downloaded DER key and uploads it with the downloaded token. */
    private void upload(Parameters parameters, byte[] material) throws IOException {
        byte[] wrapped = openssl.wrap(ALGORITHM, Files.readAllBytes(parameters.publicKeyDer()), material);
        Path file = Files.createTempDirectory(work, "upload-").resolve("EncryptedKeyMaterial.bin");
        Files.write(file, wrapped);
        console.driver().findElement(By.id("tabs:importUpload:encryptedMaterial")).sendKeys(file.toString());
        console.waitForText(By.id("tabs:importUpload:materialName"), "EncryptedKeyMaterial.bin");
        console.driver().findElement(By.id("tabs:importUpload:importToken")).sendKeys(parameters.importToken().toString());
        console.waitForText(By.id("tabs:importUpload:tokenName"), parameters.importToken().getFileName().toString());
    }

    private void expireAt(Instant validTo) {
        chooseRadio("tabs:importUpload:expires", "true");
        WebElement picker = console.visible(By.id("tabs:importUpload:validTo_input"));
        picker.clear();
        String typed = TYPED.format(LocalDateTime.ofInstant(validTo, ZoneOffset.UTC));
        picker.sendKeys(typed, Keys.TAB);
        assertEquals(typed, picker.getAttribute("value"));
        // Typed, the calendar stays closed (it opens from its button only) and leaves the import button free.
        assertTrue(console.driver().findElements(By.cssSelector("[id='tabs:importUpload:validTo_panel']")).stream()
                .noneMatch(WebElement::isDisplayed), "calendar open over the import button");
    }

    private void encryptAndDecrypt(String keyId) {
        SdkBytes plaintext = SdkBytes.fromUtf8String("bring your own key " + UUID.randomUUID());
        SdkBytes ciphertext = kms.encrypt(r -> r.keyId(keyId).plaintext(plaintext)).ciphertextBlob();
        assertEquals(plaintext, kms.decrypt(r -> r.keyId(keyId).ciphertextBlob(ciphertext)).plaintext());
    }

    private void deleteMaterial(String keyId) {
        console.click("actions:deleteMaterial");
        console.visible(By.id("confirm"));
        console.click("confirmYes");
        console.waitForText(By.id("keyState"), "PendingImport");
        console.waitForText(By.cssSelector(".ui-growl-message"), "Imported key material deleted");
        KeyMetadata deleted = describe(keyId);
        assertEquals(KeyState.PENDING_IMPORT, deleted.keyState());
        assertEquals(null, deleted.validTo());
        assertTrue(console.driver().findElements(By.id("expiryWarning")).isEmpty(), "expiry warning still shown");
        assertTrue(console.driver().findElements(By.id("actions:deleteMaterial")).isEmpty(), "delete still offered");
    }

    /** A whole minute ahead: the date picker takes minutes. */
    private static Instant inMinutes(Duration ahead) {
        return Instant.now().plus(ahead).truncatedTo(ChronoUnit.MINUTES);
    }

    /** The values a PrimeFaces radio group offers, in order. */
    private List<String> radioValues(String groupId) {
        return console.driver().findElements(By.cssSelector("input[type='radio'][name='" + groupId + "']")).stream()
                .map(input -> input.getAttribute("value")).toList();
    }

    /** PrimeFaces hides the native radio; its label is what an operator clicks. */
    private void chooseRadio(String groupId, String value) {
        By input = By.cssSelector("input[type='radio'][name='" + groupId + "'][value='" + value + "']");
        console.clickable(By.cssSelector("label[for='" + console.driver().findElement(input).getAttribute("id") + "']"))
                .click();
        console.waiting().until(ExpectedConditions.elementToBeSelected(input));
    }

    /** The growl sits at the bottom right, over the buttons there, until it fades: as for an operator, wait. */
    private void clickPastGrowl(String facesId) {
        try {
            console.click(facesId);
        } catch (ElementClickInterceptedException covered) {
            console.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-growl-message")));
            console.click(facesId);
        }
    }

    private void openTab(String title) {
        console.clickable(By.xpath("//*[@id='tabs']//ul[@role='tablist']//a[normalize-space(.)='" + title + "']")).click();
    }

    private KeyMetadata describe(String keyId) {
        return kms.describeKey(r -> r.keyId(keyId)).keyMetadata();
    }
}
