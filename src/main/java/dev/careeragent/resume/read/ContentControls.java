package dev.careeragent.resume.read;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/**
 * Word content controls (w:sdt blocks). Templates wrap headings, placeholders and whole sections in them; POI gives
 * such a block only as plain text, so its paragraphs and tables are read here with their styles, like any other.
 */
final class ContentControls {

    private ContentControls() {
    }

    /**
     * {@code elements} with each content-control block replaced by the paragraphs and tables inside it.
     * {@code blocks} are the container's w:sdt blocks in document order: the n-th matches its n-th {@link XWPFSDT}.
     */
    static List<IBodyElement> expand(List<IBodyElement> elements, List<CTSdtBlock> blocks, IBody body) {
        if (blocks.isEmpty()) {
            return elements;
        }
        List<IBodyElement> out = new ArrayList<>();
        int next = 0;
        for (IBodyElement element : elements) {
            if (element instanceof XWPFSDT && next < blocks.size()) {
                out.addAll(inside(blocks.get(next++), body));
            } else {
                out.add(element);
            }
        }
        return out;
    }

    private static List<IBodyElement> inside(CTSdtBlock block, IBody body) {
        List<IBodyElement> out = new ArrayList<>();
        if (block.getSdtContent() == null) {
            return out;
        }
        try (XmlCursor cursor = block.getSdtContent().newCursor()) {
            for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
                XmlObject child = cursor.getObject();
                if (child instanceof CTP p) {
                    out.add(new XWPFParagraph(p, body));
                } else if (child instanceof CTTbl t) {
                    out.add(new XWPFTable(t, body));
                } else if (child instanceof CTSdtBlock nested) {
                    out.addAll(inside(nested, body));
                }
            }
        }
        return out;
    }
}
