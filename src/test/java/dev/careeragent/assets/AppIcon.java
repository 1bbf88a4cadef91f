package dev.careeragent.assets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * Draws the app icon with Java2D: a rounded teal tile, a white briefcase, and an amber arrow rising from it
 * (a career moving up). Drawn on a 1024 grid and scaled, so every size is crisp vector output.
 */
final class AppIcon {

    private AppIcon() {
    }

    static BufferedImage render(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale(size / 1024.0, size / 1024.0);
            tile(g);
            briefcase(g);
            arrow(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void tile(Graphics2D g) {
        RoundRectangle2D tile = new RoundRectangle2D.Double(64, 64, 896, 896, 200, 200);
        g.setPaint(new GradientPaint(0, 64, new Color(0x14B8A6), 0, 960, new Color(0x0F4C81)));
        g.fill(tile);
        g.setPaint(new Color(255, 255, 255, 40));
        g.setStroke(new BasicStroke(12));
        g.draw(tile);
    }

    private static void briefcase(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(56, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new RoundRectangle2D.Double(392, 330, 240, 130, 60, 60)); // handle
        g.fill(new RoundRectangle2D.Double(212, 420, 600, 400, 90, 90)); // body
        g.setColor(new Color(0x0F4C81));
        g.fillRect(212, 560, 600, 28); // lid seam
        g.fill(new RoundRectangle2D.Double(472, 530, 80, 88, 24, 24)); // clasp
    }

    private static void arrow(Graphics2D g) {
        Path2D rise = new Path2D.Double();
        rise.moveTo(300, 760);
        rise.lineTo(450, 650);
        rise.lineTo(560, 720);
        rise.lineTo(760, 520);
        g.setColor(new Color(0xF59E0B));
        g.setStroke(new BasicStroke(64, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(rise);
        Path2D head = new Path2D.Double();
        head.moveTo(830, 450);
        head.lineTo(820, 620);
        head.lineTo(660, 460);
        head.closePath();
        g.fill(head);
    }
}
