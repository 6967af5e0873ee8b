package jp.wardhub.voice;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

import jp.wardhub.platform.ProblemException;

/**
 * Re-encodes a resident's photo (写真) so that only its pixels survive: the image is decoded and written anew, which
 * leaves behind EXIF (GPS position, camera, time), XMP, IPTC, comments and anything hidden after the image data. A
 * phone's EXIF orientation is applied first, so the photo still stands the right way up without it. Large photos are
 * scaled down to {@value #MAX_EDGE} px on the long edge: staff need to see the place, not print it.
 */
final class PhotoCleaner {

    static final long MAX_BYTES = 5L * 1024 * 1024;
    /** Refused before decoding: a small file can claim a huge image (a decompression bomb). */
    static final long MAX_PIXELS = 60_000_000L;
    static final int MAX_EDGE = 2560;
    private static final float JPEG_QUALITY = 0.85f;

    private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
    private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

    /** A photo as kept. */
    record Cleaned(String mediaType, int width, int height, byte[] content) {
    }

    private PhotoCleaner() {
    }

    /** The photo re-encoded, or a 400 problem on {@code field} when it is not a JPEG or PNG image within the limits. */
    static Cleaned clean(String field, byte[] data) {
        if (data.length == 0) {
            throw ProblemException.invalid(field, "NotEmpty", "写真のファイルが空です (the photo is empty)");
        }
        if (data.length > MAX_BYTES) {
            throw ProblemException.invalid(field, "MaxSize",
                    "写真は 1 枚 5 MB までです (a photo may be at most 5 MB)");
        }
        String format = startsWith(data, JPEG_MAGIC) ? "jpeg" : startsWith(data, PNG_MAGIC) ? "png" : null;
        if (format == null) {
            throw ProblemException.invalid(field, "MediaType",
                    "写真は JPEG か PNG にしてください (a photo must be a JPEG or PNG image)");
        }
        try {
            BufferedImage image = decode(field, format, data);
            if (format.equals("jpeg")) {
                image = orient(image, orientation(data));
            }
            image = shrink(image);
            return format.equals("jpeg")
                    ? new Cleaned("image/jpeg", image.getWidth(), image.getHeight(), jpeg(image))
                    : new Cleaned("image/png", image.getWidth(), image.getHeight(), png(image));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw ProblemException.invalid(field, "Image",
                    "写真を画像として読めません。壊れていないか確かめてください (the photo could not be read as an image)");
        }
    }

    private static BufferedImage decode(String field, String format, byte[] data) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                throw new IOException("no reader for " + format);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true); // metadata is never read, only pixels
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw ProblemException.invalid(field, "MaxPixels",
                            "写真の画素数が多すぎます (6,000 万画素まで) (a photo may have at most 60 megapixels)");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                // Decoding every pixel of a huge photo only to scale it down wastes memory: read every n-th instead,
                // keeping at least twice the kept size for the scaling to smooth.
                int step = Math.max(1, Math.max(reader.getWidth(0), reader.getHeight(0)) / (MAX_EDGE * 2));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    /** EXIF orientation (1–8), 1 when there is none or it cannot be read. */
    static int orientation(byte[] jpeg) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            if (exif.isEmpty()) {
                return 1;
            }
            byte[] tiff = exif.get(0).data().readAllBytes();
            int start = tiff.length > 0 && tiff[0] == 0 ? 1 : 0; // "Exif\0\0": the segment names itself with one \0
            try (ImageInputStream tiffIn = ImageIO.createImageInputStream(
                    new ByteArrayInputStream(Arrays.copyOfRange(tiff, start, tiff.length)))) {
                Entry entry = new TIFFReader().read(tiffIn).getEntryById(TIFF.TAG_ORIENTATION);
                int value = entry != null && entry.getValue() instanceof Number n ? n.intValue() : 1;
                return value >= 1 && value <= 8 ? value : 1;
            }
        } catch (IOException | RuntimeException e) {
            return 1; // a broken EXIF block only costs the orientation
        }
    }

    /** The image turned as EXIF orientation {@code o} says it should be shown. */
    static BufferedImage orient(BufferedImage image, int o) {
        if (o == 1) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = o >= 5;
        AffineTransform t = new AffineTransform();
        switch (o) {
            case 2 -> t.setTransform(-1, 0, 0, 1, w, 0); // mirrored
            case 3 -> t.setTransform(-1, 0, 0, -1, w, h); // upside down
            case 4 -> t.setTransform(1, 0, 0, -1, 0, h); // mirrored vertically
            case 5 -> t.setTransform(0, 1, 1, 0, 0, 0); // transposed
            case 6 -> t.setTransform(0, 1, -1, 0, h, 0); // turned 90° clockwise
            case 7 -> t.setTransform(0, -1, -1, 0, h, w); // transversed
            case 8 -> t.setTransform(0, -1, 1, 0, 0, w); // turned 90° anticlockwise
            default -> {
                return image;
            }
        }
        BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, rgbType(image));
        Graphics2D g = turned.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return turned;
    }

    private static BufferedImage shrink(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int longEdge = Math.max(w, h);
        if (longEdge <= MAX_EDGE) {
            return image;
        }
        double scale = (double) MAX_EDGE / longEdge;
        int sw = Math.max(1, (int) Math.round(w * scale));
        int sh = Math.max(1, (int) Math.round(h * scale));
        BufferedImage small = new BufferedImage(sw, sh, rgbType(image));
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, sw, sh, null);
        } finally {
            g.dispose();
        }
        return small;
    }

    private static int rgbType(BufferedImage image) {
        return image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        BufferedImage rgb = image;
        if (image.getType() != BufferedImage.TYPE_INT_RGB) { // JPEG has no alpha; CMYK and grey are drawn as RGB
            rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            try {
                g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
            } finally {
                g.dispose();
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(rgb, null, null), param); // no metadata: nothing of the original's
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new UncheckedIOException(new IOException("no PNG writer"));
        }
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] data, byte[] magic) {
        return data.length >= magic.length && Arrays.equals(data, 0, magic.length, magic, 0, magic.length);
    }
}
