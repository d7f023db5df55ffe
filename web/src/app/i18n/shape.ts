/** The shape of a namespace's texts: the same keys as the Swedish ones, each a string. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
