/** The process event the server emits after its first complete publish: when the code cache is made (codeCache.ts). */
export const FIRST_PUBLISH_EVENT = 'isms-first-publish';
