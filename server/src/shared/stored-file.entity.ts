import { Field, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn } from "typeorm";

/**
 * The columns of a file kept in the document store: what the uploader named it, its type and size,
 * the name it is stored under, who uploaded it and when. Entities of uploaded files extend it, so the
 * columns (and their GraphQL fields) are declared once.
 */
@ObjectType()
export abstract class StoredFileColumns {
  @Field()
  @Column({ type: "varchar", length: 255 })
  filename: string;

  @Field()
  @Column({ type: "varchar", length: 120 })
  contentType: string;

  @Field(() => Int)
  @Column({ type: "int" })
  size: number;

  @Column({ type: "varchar", length: 120 })
  storageName: string;

  @Column({ type: "int" })
  uploadedById: number;

  @Field()
  @CreateDateColumn({ type: "datetime" })
  createdAt: Date;
}
