import { Column, Entity, PrimaryColumn } from "typeorm";

/** Named sequences (e.g. diarienummer per year), incremented under the transaction's row lock. */
@Entity("counter")
export class Counter {
  @PrimaryColumn({ type: "varchar", length: 60 })
  name: string;

  @Column({ type: "int" })
  value: number;
}
