/** Whether an ECS container `user` setting leaves the process running as root. Pure. */
export function runsAsRoot(user: string | undefined): boolean {
  if (user === undefined || user.trim() === '') return true
  // `user`, `uid`, `user:group`, `uid:gid`, `user:gid`, `uid:group`: only the part before the colon decides.
  const who = user.split(':')[0]!.trim()
  return who === 'root' || who === '0'
}

/** Whether a task definition's `runtimePlatform.operatingSystemFamily` is a Windows Server family (`WINDOWS_SERVER_2022_CORE` …). Pure. */
export function isWindowsFamily(operatingSystemFamily: string | undefined): boolean {
  return operatingSystemFamily?.toUpperCase().startsWith('WINDOWS_SERVER') ?? false
}

/** Whether a Windows container `user` setting leaves the process running as ContainerAdministrator (absent = the image default). Pure. */
export function runsAsWindowsAdministrator(user: string | undefined): boolean {
  if (user === undefined || user.trim() === '') return true
  // Windows account names are case-insensitive; ContainerAdministrator is the built-in administrator of Windows container images.
  return user.trim().toLowerCase() === 'containeradministrator'
}
