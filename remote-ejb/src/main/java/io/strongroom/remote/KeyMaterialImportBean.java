package io.strongroom.remote;

import io.strongroom.application.KeyImportService;
import io.strongroom.client.GetParametersForImportRequest;
import io.strongroom.client.ImportKeyMaterialRequest;
import io.strongroom.client.ImportParameters;
import io.strongroom.client.KeyMaterialImport;
import io.strongroom.infrastructure.config.StrongroomConfig;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Remote;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** The {@link KeyMaterialImport} business interface over IIOP, for the same callers as {@link KeyManagementBean}. */
@Stateless
@Remote(KeyMaterialImport.class)
@DeclareRoles(KeyManagementBean.ROLE)
@RolesAllowed(KeyManagementBean.ROLE)
public class KeyMaterialImportBean implements KeyMaterialImport {

    @Resource
    private SessionContext session;
    @EJB
    private KeyImportService imports;
    @Inject
    private StrongroomConfig config;

    @Override
    public ImportParameters getParametersForImport(GetParametersForImportRequest request) {
        return imports.getParametersForImport(RemoteCaller.of(session, config), request);
    }

    @Override
    public String importKeyMaterial(ImportKeyMaterialRequest request) {
        return imports.importKeyMaterial(RemoteCaller.of(session, config), request);
    }

    @Override
    public String deleteImportedKeyMaterial(String keyId) {
        return imports.deleteImportedKeyMaterial(RemoteCaller.of(session, config), keyId);
    }
}
