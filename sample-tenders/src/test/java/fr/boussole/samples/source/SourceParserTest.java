package fr.boussole.samples.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceParserTest {

    private static PieceSource parse(String text) {
        return SourceParser.parse(Path.of("test.md"), List.of(text.split("\n", -1)));
    }

    @Test
    void frontMatterGivesFileFormatAndTitle() {
        PieceSource p = parse("---\nfile: DCE/Pièces/CCAP.docx\ntitle: CCAP\nfooter: pied\n---\n# ARTICLE 1 – OBJET\n");
        assertEquals("DCE/Pièces/CCAP.docx", p.file());
        assertEquals(PieceSource.Format.DOCX, p.format());
        assertEquals("CCAP", p.title());
        assertEquals("pied", p.footer());
        assertTrue(p.typography());
        assertEquals(List.of(new Block.Heading(1, "ARTICLE 1 – OBJET")), p.blocks());
    }

    @Test
    void eachLineIsAParagraphAndIndentedLinesContinue() {
        PieceSource p = parse("---\nfile: a.pdf\n---\nPremier alinéa.\nSecond alinéa\n  qui continue.\n- point un\n  suite du point\n  - sous-point\nAprès la liste.\n> Nota : remarque.\n");
        assertEquals(List.of(
                new Block.Paragraph("Premier alinéa."),
                new Block.Paragraph("Second alinéa qui continue."),
                new Block.ListItem(0, "point un suite du point"),
                new Block.ListItem(1, "sous-point"),
                new Block.Paragraph("Après la liste."),
                new Block.Note("Nota : remarque.")), p.blocks());
    }

    @Test
    void tablesKeepHeaderRowsAndWidths() {
        PieceSource p = parse("---\nfile: a.odt\n---\n::: widths 30,70\n| Critère | Poids |\n|---|---|\n| Prix | 60 % |\n| Technique | 40 % |\nTexte.\n");
        Block.Table t = assertInstanceOf(Block.Table.class, p.blocks().get(0));
        assertEquals(1, t.headerRows());
        assertEquals(List.of(30, 70), t.widths());
        assertEquals(List.of("Prix", "60 %"), t.rows().get(1));
        assertEquals(new Block.Paragraph("Texte."), p.blocks().get(1));
    }

    @Test
    void directivesCoverTocSheetAndPageBreak() {
        PieceSource p = parse("---\nfile: a.xlsx\ntypography: plain\n---\n::: cover\n# TITRE\n## Sous-titre\n\n-- petit\nTexte\n:::\n::: toc levels=1 title=Sommaire\n::: pagebreak\n::: sheet Lot 1 - BPU widths=8,60 landscape\n");
        assertEquals(new Block.Cover(List.of(
                new Block.CoverLine(Block.CoverStyle.TITLE, "TITRE"),
                new Block.CoverLine(Block.CoverStyle.SUBTITLE, "Sous-titre"),
                new Block.CoverLine(Block.CoverStyle.GAP, ""),
                new Block.CoverLine(Block.CoverStyle.SMALL, "petit"),
                new Block.CoverLine(Block.CoverStyle.TEXT, "Texte"))), p.blocks().get(0));
        assertEquals(new Block.Toc("Sommaire", 1), p.blocks().get(1));
        assertEquals(new Block.PageBreak(), p.blocks().get(2));
        assertEquals(new Block.Sheet("Lot 1 - BPU", List.of(8, 60), true), p.blocks().get(3));
        assertEquals(false, p.typography());
    }

    @Test
    void errorsNameTheLineAndTheProblemInFrench() {
        IllegalArgumentException noFront = assertThrows(IllegalArgumentException.class, () -> parse("# Titre\n"));
        assertTrue(noFront.getMessage().contains("en-tête"), noFront.getMessage());
        IllegalArgumentException noFile = assertThrows(IllegalArgumentException.class, () -> parse("---\ntitle: x\n---\n"));
        assertTrue(noFile.getMessage().contains("file"), noFile.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> parse("---\nfile: a.pdf\n---\ntexte\n::: sommaire\n"));
        assertTrue(unknown.getMessage().contains("ligne 5") && unknown.getMessage().contains("sommaire"), unknown.getMessage());
        IllegalArgumentException format = assertThrows(IllegalArgumentException.class,
                () -> parse("---\nfile: a.rtf\n---\n"));
        assertTrue(format.getMessage().contains("rtf"), format.getMessage());
        IllegalArgumentException cover = assertThrows(IllegalArgumentException.class,
                () -> parse("---\nfile: a.pdf\n---\n::: cover\n# T\n"));
        assertTrue(cover.getMessage().contains("page de garde"), cover.getMessage());
    }
}
