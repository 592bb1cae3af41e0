package org.parkwatch.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.openqa.selenium.chrome.ChromeDriver;

/** Checks on screenshot artefacts: a PNG file of the expected pixel size. */
final class ScreenshotFiles {
    private static final byte[] PNG_SIGNATURE = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'
    };

    private ScreenshotFiles() {}

    /**
     * Makes the page's viewport exactly {@code width × height} CSS pixels at scale 1 (a headless
     * window's size includes its frame), so screenshots have that size.
     */
    static void setViewport(ChromeDriver browser, int width, int height) {
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    static void assertPng(Path file, int width, int height) throws IOException {
        assertTrue(Files.size(file) > 10_000, file + " is " + Files.size(file) + " bytes");
        byte[] head = new byte[8];
        try (InputStream in = Files.newInputStream(file)) {
            assertEquals(8, in.read(head));
        }
        assertArrayEquals(PNG_SIGNATURE, head, file + " is not a PNG");
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(width, image.getWidth(), file + " width");
        assertEquals(height, image.getHeight(), file + " height");
    }
}
