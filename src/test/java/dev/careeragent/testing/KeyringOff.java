package dev.careeragent.testing;

import dev.careeragent.security.SecretVaults;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps a test's secrets out of the developer's OS keychain: the vault uses its encrypted file while the test
 * runs. Register it before extensions that open the app (e.g. TestFX's), so it is in force when they do.
 */
public final class KeyringOff implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace SPACE = ExtensionContext.Namespace.create(KeyringOff.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        String before = System.setProperty(SecretVaults.KEYRING_PROPERTY, "off");
        context.getStore(SPACE).put("before", before == null ? "" : before);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        String before = context.getStore(SPACE).get("before", String.class);
        if (before == null || before.isEmpty()) {
            System.clearProperty(SecretVaults.KEYRING_PROPERTY);
        } else {
            System.setProperty(SecretVaults.KEYRING_PROPERTY, before);
        }
    }
}
