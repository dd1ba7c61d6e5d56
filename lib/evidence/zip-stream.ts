import { Zip, ZipDeflate, ZipPassThrough } from "fflate";

/** One file of a zip: its path inside, and its bytes, read only when its turn comes. */
export type ZipEntry = { name: string; read: () => Promise<Uint8Array>; compress?: boolean };

/**
 * A zip as a stream, one entry at a time, so a case with thirty 10 MB files never holds them all
 * in memory. Images and PDFs are stored as they are (already compressed); text is deflated.
 */
export function zipStream(entries: ZipEntry[]): ReadableStream<Uint8Array> {
  let zip: Zip;
  let next = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      zip = new Zip((error, chunk, final) => {
        if (error) return controller.error(error);
        controller.enqueue(chunk);
        if (final) controller.close();
      });
    },
    // One entry per pull: the next file is read only when the reader has taken the last one.
    async pull() {
      const entry = entries[next++];
      if (!entry) return zip.end();
      const bytes = await entry.read();
      const file = entry.compress
        ? new ZipDeflate(entry.name, { level: 6 })
        : new ZipPassThrough(entry.name);
      zip.add(file);
      file.push(bytes, true);
    },
  });
}
