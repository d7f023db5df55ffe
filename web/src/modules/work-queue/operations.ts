import { graphql } from "../../generated";

export const WorkQueueQuery = graphql(`
  query WorkQueue {
    workQueue {
      total
      groups {
        kind
        total
        items {
          kind
          title
          detail
          deadline
          overdue
          link
        }
      }
    }
  }
`);
