/** Han characters of the basic and extension-A blocks: enough to tell a Chinese sentence or word from an English one. */
const HAN = /[\u3400-\u9fff]/;

/** Whether the text holds any Han character (a Chinese sentence, a Chinese trigger word). */
export const hasHan = (text: string): boolean => HAN.test(text);
