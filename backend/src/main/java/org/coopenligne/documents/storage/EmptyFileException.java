package org.coopenligne.documents.storage;

/** 400: not a single byte arrived. */
public class EmptyFileException extends UploadRefusedException {

    public EmptyFileException() {
        super(400, "file-empty", "Fichier vide",
                "Le fichier envoyé est vide : choisissez le scan ou la photo du document signé.");
    }
}
