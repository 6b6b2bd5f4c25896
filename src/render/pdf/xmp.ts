/** What the XMP packet states; the same values as the Info dictionary, as PDF/UA expects them to agree. */
export interface XmpFields {
  title: string
  subject: string
  keywords: string
  author: string
  creator: string
  producer: string
  /** ISO date `2023-03-21`: from the data, never the clock. */
  date: string
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : '&quot;'))

const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(text)}</rdf:li></rdf:Alt>`

/** The document's XMP metadata packet (UTF-8): Dublin Core title, PDF and XMP basics, and the PDF/UA-1 claim. */
export const xmpPacket = (f: XmpFields): Uint8Array => {
  const d = (f.date.replace(/-/g, '') + '00000101').slice(0, 8)
  const date = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T00:00:00Z`
  const xml =
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n' +
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n' +
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n' +
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" ' +
    'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">\n' +
    '<dc:format>application/pdf</dc:format>\n' +
    `<dc:title>${alt(f.title)}</dc:title>\n` +
    `<dc:description>${alt(f.subject)}</dc:description>\n` +
    `<dc:creator><rdf:Seq><rdf:li>${escapeXml(f.author)}</rdf:li></rdf:Seq></dc:creator>\n` +
    '<dc:language><rdf:Bag><rdf:li>en</rdf:li></rdf:Bag></dc:language>\n' +
    `<pdf:Keywords>${escapeXml(f.keywords)}</pdf:Keywords>\n` +
    `<pdf:Producer>${escapeXml(f.producer)}</pdf:Producer>\n` +
    `<xmp:CreatorTool>${escapeXml(f.creator)}</xmp:CreatorTool>\n` +
    `<xmp:CreateDate>${date}</xmp:CreateDate>\n` +
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>\n` +
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>\n` +
    '<pdfuaid:part>1</pdfuaid:part>\n' +
    '</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end="r"?>'
  return new TextEncoder().encode(xml)
}
