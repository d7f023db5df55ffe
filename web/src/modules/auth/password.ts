/** The shortest password the server accepts (it checks the whole strength rule and says why it refuses). */
export const MIN_PASSWORD_LENGTH = 12;
