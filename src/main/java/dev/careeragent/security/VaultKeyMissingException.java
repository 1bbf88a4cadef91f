package dev.careeragent.security;

import java.nio.file.Path;

/**
 * The vault's key is not in the user's key folder: the data folder was copied from another computer or user account
 * (the key never travels with it). Only the secrets are lost; everything else in the data folder is intact.
 */
public final class VaultKeyMissingException extends SecretVaultException {

    private static final long serialVersionUID = 1L;

    VaultKeyMissingException(Path expected) {
        super(explain(expected));
    }

    static String explain(Path expected) {
        return "The key to your saved secrets is not on this computer (it is kept outside the data folder, at " + expected
                + "). This happens when the data folder was copied from another computer or user account. Your jobs, "
                + "resumes, applications and settings are intact; enter your secrets (e-mail password, API keys, proxy "
                + "password) again in Settings.";
    }
}
