import { http } from './http'

export interface PostUser {
  username: string
  displayName: string
}

/** One post (岗位) of GET /api/posts: a member of the user's department and their B post. */
export interface Post extends PostUser {
  roles: string[]
  backup: PostUser | null
  absent: boolean
}

/** Body of PUT /api/posts/{username}. */
export interface PostUpdate {
  backup: string | null
  absent: boolean
}

const POSTS_URL = '/api/posts'

/** GET /api/posts: the posts of the user's own department. */
export async function listPosts(): Promise<Post[]> {
  const { data } = await http.get<Post[]>(POSTS_URL)
  return data
}

/**
 * PUT /api/posts/{username}. Anybody may mark themself absent; the department's leader
 * or an admin sets the backup too. The contract names no answer body: callers reload the list.
 */
export async function updatePost(username: string, update: PostUpdate): Promise<void> {
  await http.put(`${POSTS_URL}/${encodeURIComponent(username)}`, update)
}
