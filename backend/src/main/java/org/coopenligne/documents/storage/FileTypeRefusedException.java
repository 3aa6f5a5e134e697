package org.coopenligne.documents.storage;

/** 415: the content does not start like a PDF, a JPEG or a PNG, whatever its name or declared type. */
public class FileTypeRefusedException extends UploadRefusedException {

    public FileTypeRefusedException() {
        super(415, "file-type-refused", "Type de fichier refusé",
                "Ce fichier n'est ni un PDF, ni une image JPEG ou PNG : envoyez le scan ou la photo du document signé.");
    }
}
