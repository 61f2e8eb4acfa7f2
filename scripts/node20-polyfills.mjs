// No longer used: the test tools run on Node 22 (see README "Working on the toolkit"). This file
// only keeps commands written before that switch (`NODE_OPTIONS=--import=…`) from failing to
// start; it does nothing and is deleted once no branch refers to it.
