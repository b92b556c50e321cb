// Deskbook default theme behaviour. Loaded as a module; the site works without it.
