// A scan worker that cannot load.
throw new Error("cannot start");
