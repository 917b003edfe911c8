/** Whether an ECS container `user` setting leaves the process running as root. Pure. */
export function runsAsRoot(user: string | undefined): boolean {
  if (user === undefined || user.trim() === '') return true
  // `user`, `uid`, `user:group`, `uid:gid`, `user:gid`, `uid:group`: only the part before the colon decides.
  const who = user.split(':')[0]!.trim()
  return who === 'root' || who === '0'
}
