/** The localStorage key of the engagements; the version lets a future format live beside it. */
export const ENGAGEMENT_STORAGE_KEY = 'pdp:engagements:v1';
