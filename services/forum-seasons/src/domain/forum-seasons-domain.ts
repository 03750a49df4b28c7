import { DataSource } from 'typeorm';
import { ForumReader } from './forum.reader';

export function createForumSeasonsDomain(dataSource: DataSource) {
  return { forums: new ForumReader(dataSource) };
}

export type ForumSeasonsDomain = ReturnType<typeof createForumSeasonsDomain>;
