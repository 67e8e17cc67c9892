import { describe, expect, test } from 'vitest';
import { TextStream } from '../../../src/lib/csv/text-stream';
import { strings } from './bytes';

/** Resolves with what the stream emitted once it ends or fails. */
function drain(stream: TextStream): Promise<{ data: string[]; end: boolean; error: unknown }> {
  return new Promise((resolve) => {
    const seen = { data: [] as string[], end: false, error: undefined as unknown };
    stream.on('data', (chunk) => seen.data.push(chunk as string));
    stream.on('end', () => resolve({ ...seen, end: true }));
    stream.on('error', (error) => resolve({ ...seen, error }));
    stream.start();
  });
}

describe('TextStream', () => {
  test('looks like a Node readable to Papa Parse', () => {
    const stream = new TextStream(strings([]));
    expect(stream.readable).toBe(true);
    expect(stream.read()).toBeNull();
  });

  test('emits every non-empty piece in order, then end', async () => {
    expect(await drain(new TextStream(strings(['a,', '', 'b\n'])))).toEqual({ data: ['a,', 'b\n'], end: true, error: undefined });
  });

  test('holds pieces while paused and goes on when resumed', async () => {
    const stream = new TextStream(strings(['1', '2', '3']));
    const data: string[] = [];
    stream.on('data', (chunk) => {
      data.push(chunk as string);
      if (data.length === 1) {
        stream.pause();
        setTimeout(() => {
          expect(data).toEqual(['1']);
          stream.resume();
        }, 10);
      }
    });
    const ended = new Promise<void>((resolve) => stream.on('end', () => resolve()));
    stream.start();
    await ended;
    expect(data).toEqual(['1', '2', '3']);
  });

  test('a removed listener hears nothing more', async () => {
    const stream = new TextStream(strings(['x', 'y']));
    const heard: string[] = [];
    const listener = (chunk: unknown) => {
      heard.push(chunk as string);
      stream.removeListener('data', listener);
    };
    stream.on('data', listener);
    const ended = new Promise<void>((resolve) => stream.on('end', () => resolve()));
    stream.start();
    await ended;
    expect(heard).toEqual(['x']);
  });

  test('a failing source becomes an error event', async () => {
    async function* failing() {
      yield 'a';
      throw new Error('read failed');
    }
    const result = await drain(new TextStream(failing()));
    expect(result.data).toEqual(['a']);
    expect(result.end).toBe(false);
    expect(result.error).toBeInstanceOf(Error);
  });
});
