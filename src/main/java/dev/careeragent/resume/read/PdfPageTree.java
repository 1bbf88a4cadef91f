package dev.careeragent.resume.read;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Walks a PDF's page tree without recursion before PDFBox does (PDFBox recurses, and a hostile file nests
 * its page tree thousands of levels deep). Real files are a few levels deep with a handful of nodes.
 */
final class PdfPageTree {

    static final int MAX_DEPTH = 32;
    static final int MAX_NODES = 2_000;

    private PdfPageTree() {
    }

    /** True when the page tree is shallow and small enough to hand to PDFBox. */
    static boolean isSane(PDDocument document) {
        COSBase root = document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.PAGES);
        if (!(root instanceof COSDictionary rootNode)) {
            return true; // no page tree: PDFBox reports the damage itself
        }
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSDictionary> level = new ArrayDeque<>();
        level.add(rootNode);
        for (int depth = 0; !level.isEmpty(); depth++) {
            if (depth > MAX_DEPTH) {
                return false;
            }
            Deque<COSDictionary> next = new ArrayDeque<>();
            for (COSDictionary node : level) {
                if (!seen.add(node) || seen.size() > MAX_NODES) {
                    return seen.size() <= MAX_NODES; // a cycle PDFBox detects, or too many nodes
                }
                if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
                    for (int i = 0; i < kids.size(); i++) {
                        if (kids.getObject(i) instanceof COSDictionary kid) {
                            next.add(kid);
                        }
                    }
                }
            }
            level = next;
        }
        return true;
    }
}
