package io.strongroom.interfaces.console;

import io.strongroom.application.KeyImportService;
import io.strongroom.client.KmsException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The row action of the "Expiring material" screen: DeleteImportedKeyMaterial behind a
 * confirmation. Whether the key's state allows it is the service's rule; a refusal shows as a message.
 */
@Named
@RequestScoped
public class ExpiringMaterialActions {

    @Inject
    KeyImportService imports;

    @Inject
    ConsoleCaller caller;

    public void deleteMaterial(String keyId) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            String arn = imports.deleteImportedKeyMaterial(caller.newCall(), keyId);
            ConsoleMessages.info(context, "Imported key material deleted", arn);
        } catch (KmsException e) {
            ConsoleMessages.show(context, e);
        }
    }
}
