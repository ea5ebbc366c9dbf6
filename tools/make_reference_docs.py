#!/usr/bin/python3
"""Writes templates/reports/reference.{fr,en}.{docx,odt}: pandoc's default reference documents
set to A4, with a page header (the document's title and the date it was drawn up), a footer (the
classification marking and "page N of M") and a "Marking" paragraph style. Word fills the header
from the document through STYLEREF fields, so the same reference serves every report; the desk
replaces these files with the government's letterhead, keeping the styles' names.

Usage: make_reference_docs.py OUTDIR   (needs pandoc)
"""

import io
import subprocess
import sys
import zipfile

PAGE_WORDS = {"fr": ("page", "sur"), "en": ("page", "of")}

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def field(instruction, shown=""):
    return (f'<w:fldSimple w:instr=" {instruction} "><w:r><w:t xml:space="preserve">{shown}</w:t>'
            f'</w:r></w:fldSimple>')


def run(text):
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def docx_part(tag, style, body):
    # One tab stop at the right margin of A4 less 2 x 20 mm (9638 twentieths of a point).
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{tag} {W}><w:p><w:pPr>'
            f'<w:pStyle w:val="{style}"/><w:tabs><w:tab w:val="right" w:pos="9638"/></w:tabs>'
            f'</w:pPr>{body}</w:p></w:{tag}>')


DOCX_STYLES = """<w:style w:type="paragraph" w:customStyle="1" w:styleId="Marking"><w:name w:val="Marking"/>
<w:basedOn w:val="Normal"/><w:next w:val="BodyText"/><w:qFormat/><w:pPr><w:jc w:val="right"/></w:pPr>
<w:rPr><w:b/><w:caps/><w:color w:val="8A1C1C"/><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>
<w:qFormat/><w:rPr><w:color w:val="555555"/><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>
<w:qFormat/><w:rPr><w:color w:val="555555"/><w:sz w:val="16"/></w:rPr></w:style>
</w:styles>"""

SECTION = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdMultilatHeader"/>'
           '<w:footerReference w:type="default" r:id="rIdMultilatFooter"/>'
           '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1134" w:bottom="1304" '
           'w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>')


def make_docx(default, language):
    page, of = PAGE_WORDS[language]
    parts = {}
    with zipfile.ZipFile(io.BytesIO(default)) as source:
        for name in source.namelist():
            parts[name] = source.read(name).decode() if not name.endswith(".png") else source.read(name)
    parts["word/header1.xml"] = docx_part(
        "hdr", "Header", field('STYLEREF "Title"') + '<w:r><w:tab/></w:r>' + field('STYLEREF "Date"'))
    parts["word/footer1.xml"] = docx_part(
        "ftr", "Footer", field('STYLEREF "Marking"') + '<w:r><w:tab/></w:r>' + run(f"{page} ")
        + field("PAGE", "1") + run(f" {of} ") + field("NUMPAGES", "1"))
    rels = parts["word/_rels/document.xml.rels"]
    rels = rels.replace("</Relationships>", (
        '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" '
        'Id="rIdMultilatHeader" Target="header1.xml" />'
        '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" '
        'Id="rIdMultilatFooter" Target="footer1.xml" /></Relationships>'))
    parts["word/_rels/document.xml.rels"] = rels
    types = parts["[Content_Types].xml"]
    types = types.replace("</Types>", (
        '<Override PartName="/word/header1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        '<Override PartName="/word/footer1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>'))
    parts["[Content_Types].xml"] = types
    document = parts["word/document.xml"]
    assert "<w:sectPr />" in document, "pandoc's default reference.docx changed"
    parts["word/document.xml"] = document.replace("<w:sectPr />", SECTION)
    parts["word/styles.xml"] = parts["word/styles.xml"].replace("</w:styles>", DOCX_STYLES)
    return pack(parts, first=None)


ODT_MASTER = """<style:master-page style:name="Standard" style:page-layout-name="Mpm1">
      <style:header><text:p text:style-name="Header"><text:title/><text:tab/><text:date/></text:p></style:header>
      <style:footer><text:p text:style-name="Footer">{page} <text:page-number text:select-page="current">1</text:page-number> {of} <text:page-count>1</text:page-count></text:p></style:footer>
    </style:master-page>"""

ODT_STYLES = """<style:style style:name="Marking" style:family="paragraph" style:parent-style-name="Standard">
      <style:paragraph-properties fo:text-align="end"/>
      <style:text-properties fo:font-weight="bold" fo:text-transform="uppercase" fo:color="#8a1c1c" fo:font-size="9pt"/>
    </style:style>
    <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
      <style:paragraph-properties><style:tab-stops><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops></style:paragraph-properties>
      <style:text-properties fo:font-size="8pt" fo:color="#555555"/>
    </style:style>
    <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
      <style:paragraph-properties fo:text-align="end"/>
      <style:text-properties fo:font-size="8pt" fo:color="#555555"/>
    </style:style>
  </office:styles>"""


def make_odt(default, language):
    page, of = PAGE_WORDS[language]
    parts = {}
    with zipfile.ZipFile(io.BytesIO(default)) as source:
        for name in source.namelist():
            parts[name] = source.read(name)
    styles = parts["styles.xml"].decode()
    start = styles.index('<style:master-page style:name="Standard"')
    end = styles.index("</style:master-page>", start) + len("</style:master-page>")
    styles = styles[:start] + ODT_MASTER.format(page=page, of=of) + styles[end:]
    styles = styles.replace('fo:page-width="8.5in"', 'fo:page-width="21cm"')
    styles = styles.replace('fo:page-height="11in"', 'fo:page-height="29.7cm"')
    for side in ("top", "bottom", "left", "right"):
        styles = styles.replace(f'fo:margin-{side}="1in"', f'fo:margin-{side}="2cm"')
    styles = styles.replace("<style:header-style />", '<style:header-style><style:header-footer-properties '
                            'fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>')
    assert "</office:styles>" in styles, "pandoc's default reference.odt changed"
    parts["styles.xml"] = styles.replace("</office:styles>", ODT_STYLES, 1).encode()
    return pack(parts, first="mimetype")


def pack(parts, first):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        names = sorted(parts, key=lambda n: (n != first, n))
        for name in names:
            data = parts[name]
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            # OpenDocument wants its mimetype first and stored, uncompressed.
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode() if isinstance(data, str) else data)
    return out.getvalue()


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    outdir = argv[1]
    defaults = {ext: subprocess.run(["pandoc", "--print-default-data-file", f"reference.{ext}"],
                                    check=True, capture_output=True).stdout for ext in ("docx", "odt")}
    for language in ("fr", "en"):
        with open(f"{outdir}/reference.{language}.docx", "wb") as f:
            f.write(make_docx(defaults["docx"], language))
        with open(f"{outdir}/reference.{language}.odt", "wb") as f:
            f.write(make_odt(defaults["odt"], language))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
