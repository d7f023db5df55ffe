import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * A kommun's population on 31 December of a year (SCB), from the reference data. A round of
 * development funds shares its pot by the population at the end of the year before it.
 */
@Entity("population_figure")
export class PopulationFigure {
  @PrimaryColumn({ type: "int" })
  organisationId: number;

  /** The year whose 31 December the figure is for. */
  @PrimaryColumn({ type: "int" })
  year: number;

  @Column({ type: "int" })
  inhabitants: number;
}
