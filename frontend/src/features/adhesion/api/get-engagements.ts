import type { components } from '@/api/generated/schema';

export type UploadedDocument = components['schemas']['Document'];

// one query for the mandataire's panel and the staff's review
export { useEngagementUploads } from '@/features/documents/api/engagement';
