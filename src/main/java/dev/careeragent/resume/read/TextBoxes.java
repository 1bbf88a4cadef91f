package dev.careeragent.resume.read;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * The paragraphs of the text boxes anchored in a Word paragraph (designer templates put a whole resume in them).
 * Word stores each box twice, as a DrawingML shape and as a VML fallback; the shape copy is read, the fallback only
 * when there is no shape copy, so no text is read twice.
 */
final class TextBoxes {

    private static final String NS = "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'; "
            + "declare namespace wps='http://schemas.microsoft.com/office/word/2010/wordprocessingShape'; "
            + "declare namespace v='urn:schemas-microsoft-com:vml'; ";
    private static final String SHAPES = NS + ".//wps:txbx/w:txbxContent/w:p";
    private static final String VML = NS + ".//v:textbox/w:txbxContent/w:p";

    private TextBoxes() {
    }

    static List<XWPFParagraph> paragraphs(XWPFParagraph anchor) {
        CTP ctp = anchor.getCTP();
        if (!ctp.xmlText().contains("txbxContent")) {
            return List.of();
        }
        XmlObject[] found = ctp.selectPath(SHAPES);
        if (found.length == 0) {
            found = ctp.selectPath(VML);
        }
        List<XWPFParagraph> out = new ArrayList<>();
        for (XmlObject node : found) {
            try {
                out.add(new XWPFParagraph(CTP.Factory.parse(node.xmlText()), anchor.getBody()));
            } catch (XmlException | RuntimeException e) {
                // a box that cannot be read is skipped; the rest of the document still is
            }
        }
        return out;
    }
}
