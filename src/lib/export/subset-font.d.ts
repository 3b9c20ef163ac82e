// Types of the font subsetter (harfbuzz's hb-subset in WebAssembly), which ships none.
declare module 'subset-font' {
  export default function subsetFont(font: Buffer, text: string, options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2'; preserveNameIds?: number[]; noLayoutClosure?: boolean }): Promise<Buffer>;
}
