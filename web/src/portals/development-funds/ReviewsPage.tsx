import { ReviewQueue } from "../../modules/development-funds/components/ReviewQueue";

/** /utvecklingsmedel/bedomningar: Ansökningar att bedöma, the reviewer's applications of every programme. */
export function ReviewsPage() {
  return <ReviewQueue />;
}
