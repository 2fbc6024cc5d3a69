package com.bridgecoach.diagnosis;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The trained model as the build ships it inside the jar: a header naming the content it was trained on
 * (a {@link TrainingFingerprint}), the model, and a CRC-32 of everything before it, so a damaged or truncated
 * file is recognised and never half-loaded.
 */
final class ModelBundle {
    /** Where the build puts the bundle, on the class path. */
    static final String RESOURCE = "/diagnosis/model.bin";
    private static final int MAGIC = 0x4243_4D44; // "BCMD"
    private static final int VERSION = 2;
    private static final int FINGERPRINT_BYTES = 32;

    /** The bundle could not be read: damaged, truncated, or not a bundle at all. */
    static final class DamagedException extends Exception {
        DamagedException(String message) {
            super(message);
        }
    }

    private ModelBundle() {
    }

    static byte[] write(byte[] fingerprint, SoftmaxModel model) {
        if (fingerprint.length != FINGERPRINT_BYTES) {
            throw new IllegalArgumentException("a fingerprint is " + FINGERPRINT_BYTES + " bytes");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.write(fingerprint);
            model.writeTo(out);
            out.flush();
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The bundled model if it was trained on content with this fingerprint, empty if it was trained on other
     * content.
     */
    static Optional<SoftmaxModel> read(byte[] bundle, byte[] fingerprint, int classes) throws DamagedException {
        int header = 8 + FINGERPRINT_BYTES;
        if (bundle.length < header + Long.BYTES) {
            throw new DamagedException("the file is " + bundle.length + " bytes, too short for a model");
        }
        ByteBuffer in = ByteBuffer.wrap(bundle);
        if (in.getInt() != MAGIC || in.getInt() != VERSION) {
            throw new DamagedException("not a model bundle of this version");
        }
        CRC32 crc = new CRC32();
        crc.update(bundle, 0, bundle.length - Long.BYTES);
        if (crc.getValue() != in.getLong(bundle.length - Long.BYTES)) {
            throw new DamagedException("the checksum does not match: the file is damaged or truncated");
        }
        byte[] trainedOn = new byte[FINGERPRINT_BYTES];
        in.get(trainedOn);
        if (!Arrays.equals(trainedOn, fingerprint)) {
            return Optional.empty();
        }
        try {
            SoftmaxModel model = SoftmaxModel.readFrom(in.limit(bundle.length - Long.BYTES), classes);
            if (in.hasRemaining()) {
                throw new DamagedException(in.remaining() + " bytes left over after the model");
            }
            return Optional.of(model);
        } catch (RuntimeException e) {
            // a checksum that matches over a model that does not add up: never half-load it
            throw new DamagedException("the model inside is inconsistent: " + e);
        }
    }
}
