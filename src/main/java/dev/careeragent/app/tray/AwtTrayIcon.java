package dev.careeragent.app.tray;

import java.awt.AWTException;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.RenderingHints;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The system tray icon (the app's one use of AWT): a drawn "CA" badge with the menu Open, Run searches now,
 * Pause/Resume, Quit. Every AWT call runs on the AWT event thread.
 */
public final class AwtTrayIcon implements TrayIconPort {

    private static final Logger LOG = LoggerFactory.getLogger(AwtTrayIcon.class);
    static final String OPEN = "Open Career Agent";
    static final String RUN_NOW = "Run searches now";
    static final String PAUSE = "Pause background work";
    static final String RESUME = "Resume background work";
    static final String QUIT = "Quit";
    static final String LOCK = "Lock Career Agent";

    private final TrayIcon icon;
    private final MenuItem pause;

    private AwtTrayIcon(TrayIcon icon, MenuItem pause) {
        this.icon = icon;
        this.pause = pause;
    }

    /** Adds the icon to the system tray; empty where there is no tray (then the app uses in-window notifications). */
    public static Optional<TrayIconPort> install(String tooltip, boolean paused, TrayActions actions) {
        try {
            if (!onAwtThread(SystemTray::isSupported)) {
                LOG.info("No system tray here; alerts are shown in the window and closing it quits");
                return Optional.empty();
            }
            return Optional.of(onAwtThread(() -> create(tooltip, paused, actions)));
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("The tray icon could not be added ({}); alerts are shown in the window instead", e.toString());
            return Optional.empty();
        }
    }

    private static AwtTrayIcon create(String tooltip, boolean paused, TrayActions actions) throws AWTException {
        SystemTray tray = SystemTray.getSystemTray();
        PopupMenu menu = new PopupMenu();
        menu.add(item(OPEN, actions.open()));
        menu.add(item(RUN_NOW, actions.runSearchesNow()));
        MenuItem pause = item(paused ? RESUME : PAUSE, actions.togglePause());
        menu.add(pause);
        menu.add(item(LOCK, actions.lock()));
        menu.addSeparator();
        menu.add(item(QUIT, actions.quit()));
        TrayIcon icon = new TrayIcon(drawIcon(tray.getTrayIconSize()), tooltip, menu);
        icon.setImageAutoSize(true);
        icon.addActionListener(e -> actions.activated().run());
        tray.add(icon);
        LOG.info("Tray icon added");
        return new AwtTrayIcon(icon, pause);
    }

    private static MenuItem item(String label, Runnable action) {
        MenuItem item = new MenuItem(label);
        item.addActionListener(e -> action.run());
        return item;
    }

    /** A rounded blue square with "CA", drawn at the tray's size so no image file is needed. */
    static BufferedImage drawIcon(Dimension size) {
        int w = Math.max(16, size.width);
        int h = Math.max(16, size.height);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0x0969DA));
            g.fillRoundRect(0, 0, w - 1, h - 1, w / 3, h / 3);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(1f));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(h * 0.45f)));
            String text = "CA";
            int x = (w - g.getFontMetrics().stringWidth(text)) / 2;
            int y = (h - g.getFontMetrics().getHeight()) / 2 + g.getFontMetrics().getAscent();
            g.drawString(text, x, y);
        } finally {
            g.dispose();
        }
        return image;
    }

    @Override
    public void displayMessage(String caption, String text) {
        EventQueue.invokeLater(() -> icon.displayMessage(caption, text, TrayIcon.MessageType.INFO));
    }

    @Override
    public void setPaused(boolean paused) {
        EventQueue.invokeLater(() -> pause.setLabel(paused ? RESUME : PAUSE));
    }

    @Override
    public List<String> menuLabels() {
        return onAwtThread(() -> {
            PopupMenu menu = icon.getPopupMenu();
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < menu.getItemCount(); i++) {
                String label = menu.getItem(i).getLabel();
                if (!"-".equals(label)) { // a separator
                    labels.add(label);
                }
            }
            return labels;
        });
    }

    @Override
    public void remove() {
        onAwtThread(() -> {
            SystemTray.getSystemTray().remove(icon);
            return null;
        });
    }

    private static <T> T onAwtThread(Callable<T> work) {
        if (EventQueue.isDispatchThread()) {
            return call(work);
        }
        AtomicReference<T> result = new AtomicReference<>();
        try {
            EventQueue.invokeAndWait(() -> result.set(call(work)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while talking to the system tray", e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return result.get();
    }

    private static <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("The system tray refused: " + e.getMessage(), e);
        }
    }
}
