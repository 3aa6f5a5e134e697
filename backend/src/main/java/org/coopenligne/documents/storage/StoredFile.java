package org.coopenligne.documents.storage;

/**
 * What {@link DocumentStorage#store} kept: the key to find the file again, its exact size in bytes,
 * its SHA-256 (64 lowercase hexadecimal digits) and its kind as read from its content. Record all four
 * next to the business row that owns the file: the storage keeps no other metadata.
 */
public record StoredFile(String key, long size, String sha256, FileKind kind) {}
