// Why the columnar reader of events handed a file back: something today's reader would report,
// warn about or read in its own way came up. Thrown, caught by readEventColumns (read.ts); the
// file is then read again by validate.ts's reader, whose messages the journalist sees.
export class Declined extends Error {
  override name = "Declined";
}
