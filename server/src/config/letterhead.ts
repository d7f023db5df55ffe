/**
 * The sender printed on every official document (decision letters, certificates): Socialstyrelsen's
 * name, postal and visiting address, telephone, e-mail and web. The one place to change them.
 */
export interface Letterhead {
  name: string;
  postalAddress: string;
  visitingAddress: string;
  phone: string;
  email: string;
  web: string;
}

export const LETTERHEAD: Letterhead = {
  name: "Socialstyrelsen",
  postalAddress: "106 30 Stockholm",
  visitingAddress: "Rålambsvägen 3",
  phone: "075-247 30 00",
  email: "registrator@socialstyrelsen.se",
  web: "www.socialstyrelsen.se",
};
