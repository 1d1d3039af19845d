/** The question a model page's title answers, the way readers ask it. */
export const modelTitle = (name: string) => `${name}: is it open source, can you use it, will it fit?`;
