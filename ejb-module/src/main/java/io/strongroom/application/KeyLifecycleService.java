package io.strongroom.application;

import io.strongroom.client.CreateKeyRequest;
import io.strongroom.client.KeyMetadata;
import io.strongroom.client.KeyPage;
import jakarta.ejb.Stateless;

/** CreateKey, DescribeKey, ListKeys. */
@Stateless
public class KeyLifecycleService {

    public KeyMetadata createKey(CallerContext caller, CreateKeyRequest request) {
        throw new IllegalStateException("not yet implemented");
    }

    public KeyMetadata describeKey(CallerContext caller, String keyId) {
        throw new IllegalStateException("not yet implemented");
    }

    public KeyPage listKeys(CallerContext caller, Integer limit, String marker) {
        throw new IllegalStateException("not yet implemented");
    }
}
