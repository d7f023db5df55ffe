import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** Län. */
@ObjectType()
@Entity("county")
export class County {
  @Field()
  @PrimaryColumn({ type: "varchar", length: 2 })
  code: string;

  @Field()
  @Column({ type: "varchar", length: 80 })
  name: string;
}
