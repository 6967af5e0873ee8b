import { describe, expect, it } from "vitest";
import { MAX_PHOTO_BYTES, addPhotos, fileSize } from "./photos";

const file = (name: string, size = 10, type = "image/jpeg") => new File([new Uint8Array(size)], name, { type });

describe("choosing photos", () => {
  it("adds JPEG and PNG photos of at most 5 MB, three in all, and says why the others were left out", () => {
    const chosen = [file("a.jpg")];
    const { photos, refused } = addPhotos(chosen, [
      file("b.png", 10, "image/png"),
      file("map.gif", 10, "image/gif"),
      file("big.jpg", MAX_PHOTO_BYTES + 1),
      file("c.jpg", MAX_PHOTO_BYTES),
      file("d.jpg"),
    ]);

    expect(photos.map((photo) => photo.name)).toEqual(["a.jpg", "b.png", "c.jpg"]);
    expect(refused).toEqual([
      { name: "map.gif", reason: "notJpegOrPng" },
      { name: "big.jpg", reason: "tooLarge" },
      { name: "d.jpg", reason: "tooMany" },
    ]);
    expect(chosen).toHaveLength(1);
  });

  it("says a size as people read it", () => {
    expect(fileSize(2 * 1024 * 1024, "ja")).toBe("2 MB");
    expect(fileSize(1.25 * 1024 * 1024, "en")).toBe("1.3 MB");
    expect(fileSize(300 * 1024, "ja")).toBe("300 KB");
    expect(fileSize(10, "ja")).toBe("1 KB");
  });
});
