import { graphql } from "../../generated";

export const SearchQuery = graphql(`
  query Search($term: String!) {
    search(term: $term) {
      term
      groups {
        kind
        total
        hits {
          title
          detail
          link
        }
      }
    }
  }
`);
