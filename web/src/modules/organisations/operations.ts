import { graphql } from "../../generated";

export const OrganisationDetailsQuery = graphql(`
  query OrganisationDetails($id: ID!) {
    organisation(id: $id) {
      id
      code
      name
      kind
      county {
        code
        name
      }
      population
      populationYear
      municipalityGroupCode
      municipalityGroupName
    }
  }
`);

export const OrganisationSearchQuery = graphql(`
  query OrganisationSearch($search: String, $limit: Int!) {
    organisations(search: $search, limit: $limit) {
      total
      items {
        id
        code
        name
        kind
        county {
          code
          name
        }
      }
    }
  }
`);
