package dev.careeragent.ai.embed;

import java.nio.file.Path;

/**
 * Settings for the DJL tokenizer under the embedding model, applied before it loads: unpack its native
 * library into the app's folder instead of the home directory, and never phone home (DJL otherwise
 * probes cloud metadata addresses and a telemetry URL).
 */
final class NativeLibraryOptions {

    private NativeLibraryOptions() {
    }

    static void apply(Path cacheDir) {
        setIfAbsent("ai.djl.offline", "true");
        setIfAbsent("OPT_OUT_TRACKING", "true");
        if (cacheDir != null) {
            setIfAbsent("DJL_CACHE_DIR", cacheDir.toAbsolutePath().toString());
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null && System.getenv(key) == null) {
            System.setProperty(key, value);
        }
    }
}
